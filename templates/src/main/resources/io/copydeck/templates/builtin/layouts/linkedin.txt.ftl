<#-- Social post: the copy, then the channel's hashtags that the copy does not already use. -->
<#assign missing = channel.hashtags?filter(h -> !fields.text?lower_case?contains(h?lower_case))>
${fields.text?trim}<#if missing?has_content> ${missing?join(" ")}</#if>

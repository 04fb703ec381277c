<#-- Instagram: caption, then hashtags on their own line. -->
<#assign missing = channel.hashtags?filter(h -> !fields.caption?lower_case?contains(h?lower_case))>
${fields.caption?trim}
<#if missing?has_content>

${missing?join(" ")}
</#if>

<#-- A text message always ends with its opt-out line, added here when the copy does not already carry one. -->
<#assign text = fields.text?trim>
<#if text?lower_case?contains("stop")>
${text}
<#else>
${text} Reply STOP to opt out.
</#if>

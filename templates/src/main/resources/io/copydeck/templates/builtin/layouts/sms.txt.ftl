<#-- A text message always ends with its opt-out line (`text.opt_out`, in the campaign's language, with the keyword
     STOP), added here when the copy does not already carry the keyword. -->
<#assign text_ = fields.text?trim>
<#if text_?lower_case?contains("stop")>
${text_}
<#else>
${text_} ${text.opt_out}
</#if>

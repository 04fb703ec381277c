<#-- A text message always ends with its opt-out line (`text.opt_out`, in the campaign's language, with the keyword
     STOP), added here when the copy does not already carry the keyword as a word in capitals, as the
     sms-opt-out rule reads it ("Stop by", "nonstop" are no opt-out). -->
<#assign text_ = fields.text?trim>
<#if text_?matches(r"(?s).*(?<![\p{L}\p{N}])STOP(?![\p{L}\p{N}]).*")>
${text_}
<#else>
${text_} ${text.opt_out}
</#if>

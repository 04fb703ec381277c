<#-- A push notification: title, then text (limits: title 50, text 150 chars). When the channel has a promo and the copy
     does not name its code, the code goes at the end of the text ("Use code AUTUMN15."), or, where the text has no
     room, at the end of the title; a promo without a code adds its discount. Nothing is added that would break a limit. -->
<#assign title = fields.title?trim>
<#assign body = fields.text?trim>
<#if promo??>
  <#if promo.code??>
    <#assign mention = promo.code>
    <#assign tail = text.use_code + " " + promo.code + ".">
    <#assign short = promo.code>
  <#else>
    <#assign mention = promo.discount>
    <#assign tail = promo.discount + " " + text.off + ": " + promo.sale_price + ".">
    <#assign short = promo.discount + " " + text.off>
  </#if>
  <#if !(title + " " + body)?lower_case?contains(mention?lower_case)>
    <#assign joined = body?matches("(?s).*[.!?…]$")?then(body, body + ".") + " " + tail>
    <#if joined?length <= 150>
      <#assign body = joined>
    <#elseif (title + " · " + short)?length <= 50>
      <#assign title = title + " · " + short>
    </#if>
  </#if>
</#if>
${title}
${body}

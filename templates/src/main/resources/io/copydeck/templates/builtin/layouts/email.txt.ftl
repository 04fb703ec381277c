<#-- The plain-text part of the email: the offer, then the call to action and its link on a line of their own. -->
Subject: ${fields.subject}
Preview: ${fields.preheader}

${fields.body}

<#-- The offer once: not again when the body states it already (the offer line itself, or a product's price). -->
<#assign offer_stated = offer_line?? && (fields.body?lower_case?contains(offer_line?lower_case)
    || (!promo?? && product.kind == "product" && product.price?? && fields.body?lower_case?contains(product.price?lower_case)))>
<#if offer_line?? && !offer_stated>
${offer_line}

</#if>
${fields.cta?trim?replace("(?<![.])[.:;,]$", "", "r")}<#if product.url??> → ${product.url}</#if>

--
<#list brand.legal_lines as line>
${line}
</#list>
${text.subscribed} ${brand.name}. ${text.unsubscribe}: {{unsubscribe_url}}

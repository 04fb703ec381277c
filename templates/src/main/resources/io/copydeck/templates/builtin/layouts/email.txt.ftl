<#-- The plain-text part of the email. -->
Subject: ${fields.subject}
Preview: ${fields.preheader}

${fields.body}

<#if promo?? && promo.code??>
${promo.discount} off with code ${promo.code}: ${promo.sale_price} instead of ${product.price}<#if promo.ends??>, until ${promo.ends}</#if>.

</#if>
${fields.cta}<#if product.url??>: ${product.url}</#if>

--
<#if brand.legal??>
${brand.legal}
</#if>
You receive this email because you subscribed to ${brand.name}. Unsubscribe: {{unsubscribe_url}}

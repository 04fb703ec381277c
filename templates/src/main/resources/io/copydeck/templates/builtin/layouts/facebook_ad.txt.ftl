Primary text: ${fields.primary_text}
Headline: ${fields.headline}
Description: ${fields.description}
<#if product.url??>
Link: ${product.url}
</#if>

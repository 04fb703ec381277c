Headline: ${fields.headline}
Description: ${fields.description}
<#if product.url??>
Final URL: ${product.url}
</#if>

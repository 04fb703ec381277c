# ${fields.title?trim}

${fields.intro?trim}

${fields.body?trim}
<#if channel.cta??>

[${channel.cta}](${product.url!"#"})
</#if>

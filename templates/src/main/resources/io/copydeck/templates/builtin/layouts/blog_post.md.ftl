<#-- Blog post: the title, the intro, then the body's parts (dsl/plan/LongForm), separated by a blank
     line: a section is its subhead line and its paragraph, the close one paragraph. -->
<#assign nl = "\n">
# ${fields.title?trim}

${fields.intro?trim}
<#list fields.body?trim?split("\n\n") as part><#assign lines = part?trim?split("\n")><#if part?trim?has_content>
<#if lines?size gt 1>
${nl}## ${lines[0]?trim}${nl}${nl}<#list lines[1..] as line>${line?trim}<#sep>${nl}</#sep></#list>
<#else>
${nl}${part?trim}
</#if>
</#if></#list>
<#if channel.cta??>

[${channel.cta}](${product.url!"#"})
</#if>

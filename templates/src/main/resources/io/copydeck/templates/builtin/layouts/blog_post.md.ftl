<#-- Blog post: the title, the intro, then the body's parts (dsl/plan/LongForm), separated by a blank
     line: a section is its subhead line and its paragraph, the close one paragraph. As a `.md.ftl`
     it is in the Markdown output format: every value is escaped (no raw HTML, no links but the CTA's).
     The CTA links only to an http(s) URL (check already demands one), with its parentheses encoded. -->
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
<#assign url = product.url!"#"><#if !url?lower_case?matches("https?://\\S+")><#assign url = "#"></#if>

[${channel.cta}](${url?replace("(", "%28")?replace(")", "%29")})
</#if>

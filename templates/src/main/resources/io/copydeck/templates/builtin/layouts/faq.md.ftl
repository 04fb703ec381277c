<#-- FAQ page in Markdown: the title, each question as a subhead with its answer, then the legal
     footer. As a `.md.ftl` it is in the Markdown output format: every value is escaped. -->
<#assign nl = "\n">
# ${fields.title?trim}
<#list fields.questions?split("\n") as line><#assign l = line?trim><#if l?starts_with("Q:")>
${nl}## ${l?remove_beginning("Q:")?trim}
<#elseif l?starts_with("A:")>
${nl}${l?remove_beginning("A:")?trim}
<#elseif l?has_content>
${nl}${l}
</#if></#list>
<#if brand.legal_lines?has_content>

---

<#list brand.legal_lines as line>${line}<#sep>  ${nl}</#sep></#list>
</#if>

<#--
  Shared context for every prompt. GPT-2 is a base model: it continues documents, it does not
  follow instructions. So a prompt is the top of a plausible document (a brief in a copy team's
  archive) whose next line is the field we want.
-->
<#macro brief>
${brand.name}<#if brand.tagline??> | ${brand.tagline}</#if>
<#if brand.voice?has_content>
Voice: ${brand.voice?join(", ")}
</#if>
Product: ${product.name}<#if product.description??> | ${product.description}</#if>
<#if product.benefits?has_content>
Benefit: ${product.benefits?join("; ")}
</#if>
<#if product.kind != "bundle" && product.features?has_content>
Features: ${product.features?join(", ")}
</#if>
<@offer/>
For: ${audience.description!audience.id}
<#if audience.pains?has_content>
Pains: ${audience.pains?join("; ")}
</#if>
<#if positioning??>
Promise: ${positioning.benefit}<#if positioning.unlike??>, unlike ${positioning.unlike}</#if>
<#if positioning.proof??>
Proof: ${positioning.proof}
</#if>
</#if>
<#if channel.tone?has_content>
Tone: ${channel.tone?join(", ")}
</#if>
<#if channel.cta??>
Call to action: ${channel.cta}
</#if>
<#if field.limits?has_content>
Length: at most ${field.limits?join(", ")}
</#if>
</#macro>

<#-- The offer, as the interpreter states it: the promo's line (discount, code, sale and regular price, end date,
     conditions), a bundle's line (every item with its quantity, price, savings), or the price. Numbers are computed,
     never generated. -->
<#macro offer>
<#if promo??>
Offer: ${promo.offer_line}
<#elseif product.kind == "bundle" && offer_line??>
Offer: ${offer_line}
<#elseif product.price??>
Price: ${product.price}
</#if>
</#macro>

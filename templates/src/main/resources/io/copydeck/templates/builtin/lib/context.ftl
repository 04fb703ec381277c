<#--
  Shared context for every prompt. GPT-2 is a base model: it continues documents, it does not
  follow instructions. So a prompt is the top of a plausible document (a brief in a copy team's
  archive) whose next line is the field we want.

  The brief is shown by slot, not by its words (docs/slots.md): the model learns to write copy that
  refers to the facts ("Meet {product}: {benefit}."), and the pipeline realises every slot from the
  typed brief. A fact the brief lacks has no slot to write. A fact's shape is shown with its slot
  (FactShape): "to {benefit.0}" is a verb phrase, "that {benefit.0}" a clause, a bare slot a noun
  phrase, so the model writes each fact where it fits ("helps you {benefit.0}", not "you get
  {benefit.0}"). Only the style controls (voice, tone,
  objective) and the length limits are words, since the model must read them.
-->
<#macro brief>
Brand: {brand}<#if brand.voice?has_content> | Voice: ${brand.voice?join(", ")}</#if>
Product: {product}<#if positioning?? && positioning.category??> | {category}</#if>
<#if product.kind == "bundle" && product.items?has_content>
Items: {items}
</#if>
<#if product.benefits?has_content>
Benefits: <#list product.benefits as b><@fact "benefit.${b?index}"/><#sep>; </#list>
<#elseif positioning?? && positioning.benefit??>
Benefits: <@fact "benefit"/>
</#if>
<#if product.kind != "bundle" && product.features?has_content>
Features: <#list product.features as f><@fact "feature.${f?index}"/><#sep>; </#list>
</#if>
<@offer/>
<#if audience.pains?has_content>
Pains: <#list audience.pains as p><@fact "pain.${p?index}"/><#sep>; </#list>
</#if>
<#if audience.motivations?has_content>
Wants: <#list audience.motivations as m><@fact "motivation.${m?index}"/><#sep>; </#list>
</#if>
<#if positioning??>
<#if positioning.need??>
Need: <@fact "need"/>
</#if>
<#if positioning.proof??>
Proof: <@fact "proof"/>
</#if>
<#if positioning.unlike??>
Unlike: <@fact "unlike"/>
</#if>
</#if>
<#if campaign.objective??>
Goal: ${campaign.objective}
</#if>
Formula: ${channel.formula?upper_case}
<#if channel.tone?has_content>
Tone: ${channel.tone?join(", ")}
</#if>
<#if channel.cta??>
Call to action: {cta}
</#if>
<#if field.limits?has_content>
Length: at most ${field.limits?join(", ")}
</#if>
</#macro>

<#-- The brief of one part of a long field (a blog section, a benefit block, the close): the brand, the
     product and only the facts the part is about, so the part's prompt leaves the model room to write
     a whole section within its context. -->
<#macro part topic>
Brand: {brand}<#if brand.voice?has_content> | Voice: ${brand.voice?join(", ")}</#if>
Product: {product}<#if positioning?? && positioning.category??> | {category}</#if>
<#if topic == "pains">
<@pains/><@need/><@unlike/><@benefits/>
<#elseif topic == "benefits">
<@benefits/><@wants/>
<#elseif topic == "close">
<@benefits/><@items/><@offer/>
<#elseif topic == "features">
<@items/><@features/>
<#elseif topic == "proof">
<@proof/><@unlike/>
<#elseif topic == "opening">
<@pains/><@need/><@wants/><@benefits/>
<#elseif topic == "details">
<@items/><@features/><@benefits/><@wants/><@proof/><@unlike/>
<#elseif topic == "start">
<@items/><@offer/>
</#if>
<#if channel.tone?has_content>
Tone: ${channel.tone?join(", ")}
</#if>
Formula: ${channel.formula?upper_case}
<#if channel.cta??>
Call to action: {cta}
</#if>
</#macro>

<#-- One line of a part's brief each, by slot; a macro prints nothing when the brief lacks its facts. -->
<#macro pains><#if audience.pains?has_content>
Pains: <#list audience.pains as p><@fact "pain.${p?index}"/><#sep>; </#list>
</#if></#macro>
<#macro need><#if positioning?? && positioning.need??>
Need: <@fact "need"/>
</#if></#macro>
<#macro unlike><#if positioning?? && positioning.unlike??>
Unlike: <@fact "unlike"/>
</#if></#macro>
<#macro proof><#if positioning?? && positioning.proof??>
Proof: <@fact "proof"/>
</#if></#macro>
<#macro wants><#if audience.motivations?has_content>
Wants: <#list audience.motivations as m><@fact "motivation.${m?index}"/><#sep>; </#list>
</#if></#macro>
<#macro benefits><#if product.benefits?has_content>
Benefits: <#list product.benefits as b><@fact "benefit.${b?index}"/><#sep>; </#list>
<#elseif positioning?? && positioning.benefit??>
Benefits: <@fact "benefit"/>
</#if></#macro>
<#macro features><#if product.kind != "bundle" && product.features?has_content>
Features: <#list product.features as f><@fact "feature.${f?index}"/><#sep>; </#list>
</#if></#macro>
<#-- A bundle is its items: prompts show them instead of features. -->
<#macro items><#if product.kind == "bundle" && product.items?has_content>
Items: {items}
</#if></#macro>

<#-- The offer, by slot: the promo (its line, code, discount, sale price, end date), or the price. Numbers are
     computed by the interpreter and realised from the brief, never generated. -->
<#macro offer>
<#if promo??>
Offer: {offer}
Promo:<#if promo.code??> code {code},</#if> {discount} off, now {sale_price}<#if promo.ends??>, until {ends}</#if>
<#elseif product.kind == "bundle" && offer_line??>
Offer: {offer}<#if product.savings??> | Saving: {savings}</#if>
</#if>
<#if product.price??>
Price: {price}
</#if>
</#macro>

<#-- A fact's slot with its shape: `to {benefit.0}` (verb phrase), `that {benefit.0}` (clause), `{benefit.0}`. -->
<#macro fact slot><#local shape = shapes[slot]!"np"><#if shape == "vp">to <#elseif shape == "clause">that </#if>{${slot}}</#macro>

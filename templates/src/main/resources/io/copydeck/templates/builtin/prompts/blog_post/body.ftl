<#-- blog_post body, one part at a time (dsl/plan/LongForm): a section (its subhead, then its
     paragraph) or the close with the call to action; each prompt shows the facts its part is about. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n\n", "<|endoftext|>"]>
Blog post brief, ${variant.number} of ${variant.of}
<#if field.part??>
<@c.part field.part/>
<#if field.part == "close">
Close:<#else>
Section: ${field.part}
Subhead:</#if><#else>
<@c.brief/>
Article:
</#if>

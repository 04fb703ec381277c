<#-- email body, one paragraph at a time (dsl/plan/LongForm): the opening (a hook and the product), the
     details (what it has and does, why to believe it) and the close (the offer); each prompt shows the
     facts its paragraph is about. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n\n", "<|endoftext|>"]>
Email brief, ${variant.number} of ${variant.of}
<#if field.part??>
<@c.part field.part/>
${field.part?cap_first}:<#else>
<@c.brief/>
Body:
</#if>

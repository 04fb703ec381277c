<#-- landing_page benefits, one block at a time (dsl/plan/LongForm): the block's title, then two or
     three sentences about the fact the block is named by. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n\n", "<|endoftext|>"]>
Landing page brief, ${variant.number} of ${variant.of}
<#if field.part??>
<@c.part "block"/>
Block: {${field.part}}
Title:<#else>
<@c.brief/>
Benefits:
-</#if>
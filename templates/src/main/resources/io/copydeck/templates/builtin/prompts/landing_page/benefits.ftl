<#-- landing_page benefits: the brief, then the cue whose continuation is the benefits. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n\n", "<|endoftext|>"]>
Landing page brief, ${variant.number} of ${variant.of}
<@c.brief/>
Benefits:
-
<#-- email body: the brief, then the cue whose continuation is the body. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n\n\n", "<|endoftext|>"]>
Email brief, ${variant.number} of ${variant.of}
<@c.brief/>
Body:

<#-- linkedin text: the brief, then the cue whose continuation is the text. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n\n\n", "<|endoftext|>"]>
LinkedIn post brief, ${variant.number} of ${variant.of}
<@c.brief/>
Post:

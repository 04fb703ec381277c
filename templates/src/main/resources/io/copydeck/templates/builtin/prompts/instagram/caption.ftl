<#-- instagram caption: the brief, then the cue whose continuation is the caption. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n\n", "<|endoftext|>"]>
Instagram post brief, ${variant.number} of ${variant.of}
<@c.brief/>
Caption:
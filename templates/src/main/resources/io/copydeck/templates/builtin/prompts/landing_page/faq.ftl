<#-- landing_page faq: the brief, then the cue whose continuation is the faq. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n\n\n", "<|endoftext|>"]>
Landing page brief, ${variant.number} of ${variant.of}
<@c.brief/>
FAQ:
Q:
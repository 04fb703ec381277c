<#-- email cta: the brief, then the cue whose continuation is the cta. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n"]>
Email brief, ${variant.number} of ${variant.of}
<@c.brief/>
Button:
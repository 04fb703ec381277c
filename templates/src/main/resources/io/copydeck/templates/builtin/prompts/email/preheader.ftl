<#-- email preheader: the brief, then the cue whose continuation is the preheader. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n"]>
Email brief, ${variant.number} of ${variant.of}
<@c.brief/>
Preview text:
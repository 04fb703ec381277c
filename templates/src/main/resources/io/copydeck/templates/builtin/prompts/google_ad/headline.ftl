<#-- google_ad headline: the brief, then the cue whose continuation is the headline. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n"]>
Search ad brief, ${variant.number} of ${variant.of}
<@c.brief/>
Headline:
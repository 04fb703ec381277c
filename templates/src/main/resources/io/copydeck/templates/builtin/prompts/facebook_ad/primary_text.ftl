<#-- facebook_ad primary_text: the brief, then the cue whose continuation is the primary text. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n"]>
Facebook ad brief, ${variant.number} of ${variant.of}
<@c.brief/>
Primary text:
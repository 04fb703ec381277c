<#-- landing_page hero_title: the brief, then the cue whose continuation is the hero title. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n"]>
Landing page brief, ${variant.number} of ${variant.of}
<@c.brief/>
Headline:
<#-- landing_page hero_subtitle: the brief, then the cue whose continuation is the hero subtitle. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n"]>
Landing page brief, ${variant.number} of ${variant.of}
<@c.brief/>
Subheadline:
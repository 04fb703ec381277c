<#-- twitter text: the brief, then the cue whose continuation is the text. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n"]>
Post on X brief, ${variant.number} of ${variant.of}
<@c.brief/>
Tweet:
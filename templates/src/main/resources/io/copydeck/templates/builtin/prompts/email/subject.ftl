<#-- email subject: the brief, then the cue whose continuation is the subject. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n"]>
Email brief, ${variant.number} of ${variant.of}
<@c.brief/>
Subject:
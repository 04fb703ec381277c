<#-- blog_post title: the brief, then the cue whose continuation is the title. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n"]>
Blog post brief, ${variant.number} of ${variant.of}
<@c.brief/>
Title:
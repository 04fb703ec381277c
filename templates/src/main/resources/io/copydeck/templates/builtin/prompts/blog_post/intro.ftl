<#-- blog_post intro: the brief, then the cue whose continuation is the intro. -->
<#import "/builtin/lib/context.ftl" as c>
<#assign stop = ["\n\n", "<|endoftext|>"]>
Blog post brief, ${variant.number} of ${variant.of}
<@c.brief/>
Intro:
def out = new File(basedir, 'target/generated-resources/copydeck/plugin_launch')
assert new File(out, 'manifest.json').isFile()
assert new File(out, 'index.html').isFile()
def manifest = new groovy.json.JsonSlurper().parse(new File(out, 'manifest.json'))
assert manifest.assets.size() == 3
def log = new File(basedir, 'build.log').text
assert log.contains('copydeck: launch.campaign: 3 assets')
// The second build (this log is the last invocation's) asks the model nothing.
assert log =~ /from cache, 0 model calls/

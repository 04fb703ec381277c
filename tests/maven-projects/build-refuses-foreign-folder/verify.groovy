def out = new File(basedir, 'site/plugin_launch')
assert new File(out, 'index.html').text == '<h1>my site</h1>\n'
assert !new File(out, 'manifest.json').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('index.html exists and no Copydeck build wrote it')
assert log.contains('<force>true</force>')
assert !log.contains('model calls')

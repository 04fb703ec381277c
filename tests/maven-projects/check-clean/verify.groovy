def log = new File(basedir, 'build.log').text
assert log.contains('copydeck: checked 2 specs: 0 errors, 0 warnings')
assert !log.contains('[ERROR]')

def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*mistakes\.campaign:\[6,10\] E201 unknown brand `nortwind`; did you mean `northwind`\?/
assert log.contains('copydeck: 7 errors in campaign specs')

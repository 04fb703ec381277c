/*
 * The campaign language: a file is a list of blocks and properties, nothing more.
 * What is allowed where, and of which type, is the schema's job (dsl module), so
 * that every unknown word gets a "did you mean" instead of a bare syntax error.
 */
grammar Campaign;

@parser::members {
    /** A unit (USD, chars) belongs to its number only on the same line: `variants: 3` then `tone: ...` below. */
    private boolean unitOnSameLine() {
        return _input.LT(1).getLine() == _input.LT(-1).getLine();
    }
}

file        : member* EOF ;
member      : importDecl | block | property ;
importDecl  : IMPORT STRING ';'? ;
block       : name+ '{' member* '}' ';'? ;
// `,` may also separate properties, as in `limits { subject: 60 chars, body: 120 words }`.
property    : name ':' valueList (';' | ',')? ;
valueList   : value ( ',' { _input.LA(2) != COLON }? value )* ;
value
    : STRING                                            # stringValue
    | TEXT_BLOCK                                        # textValue
    | DATE ( '..' DATE )?                               # dateValue
    | NUMBER '..' NUMBER                                # numberRange
    | NUMBER ( { unitOnSameLine() }? name )?            # numberValue
    | PERCENT                                           # percentValue
    | name X NUMBER                                     # quantityValue
    | name                                              # nameValue
    ;
// Keywords are not reserved: `x` and `import` are still usable as names.
name        : IDENT | X | IMPORT ;

IMPORT      : 'import' ;
X           : 'x' ;
COLON       : ':' ;
LBRACE      : '{' ;
RBRACE      : '}' ;
COMMA       : ',' ;
SEMI        : ';' ;
RANGE       : '..' ;

DATE        : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
PERCENT     : NUM '%' ;
// An exponent (`1e309`) is not part of the language; it is lexed as one number so that the
// checker can say so, instead of reading `1` and a unit `e309`.
NUMBER      : NUM ( [eE] [+-]? DIGIT+ )? ;
IDENT       : [A-Za-z_] [A-Za-z0-9_]* ;
TEXT_BLOCK  : '"""' .*? '"""' ;
// Escapes are checked by the model builder, which can point at the bad one.
STRING      : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;
UNTERMINATED_TEXT_BLOCK : '"""' ( ~'"' | '"' ~'"' | '""' ~'"' )* ;
UNTERMINATED_STRING     : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(2) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(2) ;
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF? -> channel(2) ;
WS          : [ \t\r\n\u000C\uFEFF]+ -> skip ;
ERROR_CHAR  : . ;

fragment NUM   : DIGIT+ ( '.' DIGIT+ )? ;
fragment DIGIT : [0-9] ;

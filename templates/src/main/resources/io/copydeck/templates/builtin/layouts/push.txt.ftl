${fields.title}
${fields.text}

// Validates xAPI 1.0.3 statements with Learning Locker's validator (the one its LRS runs on every statement).
// Usage: node validate-xapi.js statements.json   (a JSON array of statements)
// Prints one line per problem ("<index> <statement id>: <path> <message>") and exits 1 when any is found.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let problems = 0;
statements.forEach((statement, index) => {
  for (const warning of validate(statement)) {
    problems++;
    const path = (warning.path || []).join('.');
    console.log(`${index} ${statement.id}: ${path} ${warning.constructor.name} ${JSON.stringify(warning.data)}`);
  }
});
console.log(`${statements.length} statements, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);

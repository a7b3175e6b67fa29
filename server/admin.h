// `skillaid-server admin ...`: accounts are made here, never over HTTP, and
// there are no default passwords. Same store options as the server.
//   skillaid-server admin [--data-dir DIR | --database URL] COMMAND ...
//     create-org      --uscc CODE --name NAME
//     create-user     --uscc CODE --login LOGIN [--password-stdin]
//     create-reviewer --office OFFICE --login LOGIN [--password-stdin]
//     list-users
// Without --password-stdin a random password is generated and printed once.
// Output: one JSON object on stdout. Exit status: 0 done, 1 refused (taken,
// unknown organisation or office, invalid code or password), 2 usage, 4 store.
#pragma once

namespace skillaid::server {

int run_admin(int argc, char** argv);  // argv: what follows "admin"

}  // namespace skillaid::server

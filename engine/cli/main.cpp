// Placeholder until the engine CLI lands (issue 3).
#include <cstdio>
int main() { std::puts("{}"); return 0; }

// The claimdiff command. Everything happens in app::Main.
#include <iostream>

#include "app/commands.h"

int main(int argc, char** argv) { return claimdiff::app::Main(argc, argv, std::cout, std::cerr); }

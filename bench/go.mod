module denizen/bench

go 1.19

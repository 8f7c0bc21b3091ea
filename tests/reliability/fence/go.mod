module fence

go 1.19

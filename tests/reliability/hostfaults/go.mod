module hostfaults

go 1.19

module sigdial

go 1.19

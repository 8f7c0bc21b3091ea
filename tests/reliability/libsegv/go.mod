module libsegv

go 1.19

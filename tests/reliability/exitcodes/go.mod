module exitcodes

go 1.19

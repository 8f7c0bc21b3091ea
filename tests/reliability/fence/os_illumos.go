package main

const (
	mapFixed = 0x10
	mapAnon  = 0x100
)

package main

const haveKqueue = false

func kevents(n int) {}
func kqueues(n int) {}

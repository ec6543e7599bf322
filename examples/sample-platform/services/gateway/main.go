package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.GET("/status", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	v1 := r.Group("/v1")
	v1.GET("/catalog", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{}) })
	_ = r.Run(":8080")
}

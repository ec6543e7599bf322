import { describe, expect, it } from 'vitest';
import { findRoutes } from '../../src/analysis/routes.js';

const routesOf = (files: Array<{ path: string; content: string }>) =>
  findRoutes(files)
    .routes.map((r) => `${r.method} ${r.path} ${r.file}:${r.line} ${r.framework}`)
    .sort();

describe('NestJS', () => {
  it('joins the global prefix, the controller path and each handler path', () => {
    expect(
      routesOf([
        {
          path: 'src/main.ts',
          content:
            "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.setGlobalPrefix('api');\n",
        },
        {
          path: 'src/users/users.controller.ts',
          content: [
            "import { Controller, Get, Post, Delete } from '@nestjs/common';",
            "@Controller('users')",
            'export class UsersController {',
            '  @Get()',
            '  list() {}',
            "  @Get(':id')",
            '  one() {}',
            '  @Post()',
            '  create() {}',
            "  @Delete(':id')",
            '  remove() {}',
            '}',
          ].join('\n'),
        },
      ]),
    ).toEqual(
      [
        'GET /api/users src/users/users.controller.ts:4 NestJS',
        'GET /api/users/:id src/users/users.controller.ts:6 NestJS',
        'POST /api/users src/users/users.controller.ts:8 NestJS',
        'DELETE /api/users/:id src/users/users.controller.ts:10 NestJS',
      ].sort(),
    );
  });
});

describe('Django', () => {
  it('follows include() to the included urls module and prefixes its routes', () => {
    expect(
      routesOf([
        {
          path: 'site/urls.py',
          content:
            "from django.urls import include, path\nurlpatterns = [\n    path('admin/', admin.site.urls),\n    path('api/', include('shop.urls')),\n    path('', views.home),\n]\n",
        },
        {
          path: 'shop/urls.py',
          content:
            "from django.urls import path, re_path\nurlpatterns = [\n    path('products/<int:pk>/', views.product),\n    re_path(r'^orders/$', views.orders),\n]\n",
        },
      ]),
    ).toEqual(
      [
        'ANY / site/urls.py:5 Django',
        'ANY /admin site/urls.py:3 Django',
        'ANY /api/products/<int:pk> shop/urls.py:3 Django',
        'ANY /api/orders shop/urls.py:4 Django',
      ].sort(),
    );
  });
});

describe('Spring', () => {
  it('joins the class @RequestMapping with each method mapping', () => {
    expect(
      routesOf([
        {
          path: 'src/main/java/com/acme/OrderController.java',
          content: [
            '@RestController',
            '@RequestMapping("/api/orders")',
            'public class OrderController {',
            '  @GetMapping',
            '  List<Order> all() { return null; }',
            '  @GetMapping("/{id}")',
            '  Order one() { return null; }',
            '  @PostMapping(value = "/bulk")',
            '  void bulk() {}',
            '  @RequestMapping(value = "/legacy", method = RequestMethod.PUT)',
            '  void legacy() {}',
            '}',
          ].join('\n'),
        },
      ]),
    ).toEqual(
      [
        'GET /api/orders src/main/java/com/acme/OrderController.java:4 Spring',
        'GET /api/orders/{id} src/main/java/com/acme/OrderController.java:6 Spring',
        'POST /api/orders/bulk src/main/java/com/acme/OrderController.java:8 Spring',
        'PUT /api/orders/legacy src/main/java/com/acme/OrderController.java:10 Spring',
      ].sort(),
    );
  });
});

describe('Rails', () => {
  it('expands resources, follows namespace and scope blocks, and reads verb routes', () => {
    expect(
      routesOf([
        {
          path: 'config/routes.rb',
          content: [
            'Rails.application.routes.draw do',
            "  root 'home#index'",
            "  get '/health', to: 'health#show'",
            '  namespace :api do',
            "    scope '/v1' do",
            '      resources :orders, only: [:index, :show] do',
            '        resources :items, only: [:create]',
            '      end',
            '    end',
            '  end',
            '  resource :profile, only: [:show, :update]',
            'end',
          ].join('\n'),
        },
      ]),
    ).toEqual(
      [
        'GET / config/routes.rb:2 Rails',
        'GET /health config/routes.rb:3 Rails',
        'GET /api/v1/orders config/routes.rb:6 Rails',
        'GET /api/v1/orders/:id config/routes.rb:6 Rails',
        'POST /api/v1/orders/:order_id/items config/routes.rb:7 Rails',
        'GET /profile config/routes.rb:11 Rails',
        'PATCH /profile config/routes.rb:11 Rails',
        'PUT /profile config/routes.rb:11 Rails',
      ].sort(),
    );
  });
});
